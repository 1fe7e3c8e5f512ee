// Shared by the referral, session log and review Quick tests (tests/qml/*/tst_referral.qml,
// tst_sessionlog.qml, tst_review.qml): find what a person would find on the screen.
.pragma library

/** The first visible descendant of `item` (depth first) for which `test(child)` holds. */
function find(item, test) {
    if (!item)
        return null
    const kids = item.children || []
    for (let i = 0; i < kids.length; ++i) {
        const k = kids[i]
        if (k.visible !== false && test(k))
            return k
        const found = find(k, test)
        if (found)
            return found
    }
    const content = item.contentItem
    for (let i = 0; content && i < kids.length; ++i)
        if (kids[i] === content)
            return null
    return content ? find(content, test) : null
}

/** The visible button whose text is `text`. */
function button(item, text) {
    return find(item, k => k.text === text && k.clicked !== undefined)
}

/** The visible item named `name` (objectName). */
function named(item, name) {
    return find(item, k => k.objectName === name)
}

/** The visible item named `name` when it also takes a click (enabled: not waiting on a busy
 *  controller); null until then. */
function clickable(item, name) {
    const k = named(item, name)
    return k && k.enabled ? k : null
}
