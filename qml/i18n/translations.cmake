# Translations of the app (kk, ru, en) and the Controls style, included by qml/CMakeLists.txt.
#   cmake --build <dir> --target update_translations   # lupdate: app/ and qml/ sources -> qml/i18n/*.ts
#   (release_translations / every build: lrelease -> .qm, embedded in qadam_app under :/i18n)
# The .ts files are the source of truth and are committed; tests/app/tst_translations.cpp fails
# on any entry left unfinished or untranslated in kk and ru, and on glossary terms not used.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE QADAM_I18N_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/qml/*.qml)

qt_add_translations(qadam_app
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/qadam_kk.ts ${CMAKE_CURRENT_LIST_DIR}/qadam_ru.ts
             ${CMAKE_CURRENT_LIST_DIR}/qadam_en.ts
    SOURCES ${QADAM_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/core
    LUPDATE_OPTIONS -locations relative -no-obsolete
    RESOURCE_PREFIX /i18n)

# Material everywhere (phones first; the same calm look on desktops): read by Qt Quick Controls
# from :/qtquickcontrols2.conf before the first control is made, so main.cpp needs no code.
qt_add_resources(qadam_ui qadam_style PREFIX / BASE ${CMAKE_CURRENT_LIST_DIR}/.. FILES
    ${CMAKE_CURRENT_LIST_DIR}/../qtquickcontrols2.conf)
