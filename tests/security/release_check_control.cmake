# The control of release_check.cmake (R40): each mutation of a copy of the real files — one
# release-breaking change at a time — must make the check fail, and the unmutated copy must pass.
# Run as `cmake -DROOT=<checkout> -DWORK=<scratch dir> -P release_check_control.cmake`.
cmake_minimum_required(VERSION 3.25)
set(files CMakeLists.txt CMakePresets.json platforms/android/AndroidManifest.xml
    platforms/android/res/xml/network_security_config.xml platforms/ios/Info.plist platforms/ios/Qadam.entitlements
    sync/server/syncservice.h)
set(mutations
    "unchanged|CMakeLists.txt|project(Qadam|project(Qadam"
    "debuggable|platforms/android/AndroidManifest.xml|android:label=\"Qadam\"|android:label=\"Qadam\" android:debuggable=\"true\""
    "cleartext app|platforms/android/AndroidManifest.xml|usesCleartextTraffic=\"false\"|usesCleartextTraffic=\"true\""
    "cleartext config|platforms/android/res/xml/network_security_config.xml|cleartextTrafficPermitted=\"false\"|cleartextTrafficPermitted=\"true\""
    "user roots|platforms/android/res/xml/network_security_config.xml|src=\"system\"|src=\"user\""
    "debug preset|CMakePresets.json|\"CMAKE_BUILD_TYPE\": \"Release\"|\"CMAKE_BUILD_TYPE\": \"RelWithDebInfo\""
    "ATS off|platforms/ios/Info.plist|<key>NSAllowsArbitraryLoads</key>\n        <false/>|<key>NSAllowsArbitraryLoads</key>\n        <true/>"
    "get-task-allow|platforms/ios/Qadam.entitlements|<dict>|<dict><key>get-task-allow</key><true/>"
    "old client|sync/server/syncservice.h|minClientVersion = QStringLiteral(\"0.1.0\")|minClientVersion = QStringLiteral(\"9.0.0\")")
set(problems "")
foreach(m IN LISTS mutations)
    string(REPLACE "|" ";" parts "${m}")
    list(GET parts 0 name)
    list(GET parts 1 file)
    list(GET parts 2 from)
    list(GET parts 3 to)
    string(REPLACE "\\n" "\n" from "${from}")
    string(REPLACE "\\n" "\n" to "${to}")
    set(tree "${WORK}/${name}")
    file(REMOVE_RECURSE "${tree}")
    foreach(f ${files})
        configure_file("${ROOT}/${f}" "${tree}/${f}" COPYONLY)
    endforeach()
    file(READ "${tree}/${file}" text)
    string(FIND "${text}" "${from}" at)
    if(at EQUAL -1)
        list(APPEND problems "${name}: '${from}' not found in ${file} (update this control)")
        continue()
    endif()
    string(REPLACE "${from}" "${to}" text "${text}")
    file(WRITE "${tree}/${file}" "${text}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${tree} -P ${CMAKE_CURRENT_LIST_DIR}/release_check.cmake
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(name STREQUAL "unchanged" AND NOT rc EQUAL 0)
        list(APPEND problems "the unchanged copy fails the check")
    elseif(NOT name STREQUAL "unchanged" AND rc EQUAL 0)
        list(APPEND problems "${name}: the check passed a broken release")
    endif()
endforeach()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "release check control:\n  ${text}")
endif()
message(STATUS "release check control: every mutation was caught")
