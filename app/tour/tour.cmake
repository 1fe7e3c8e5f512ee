# The screenshot tour (`qadam --screenshot DIR`), part of qadam_app; included by app/CMakeLists.txt.
# tour.json lists the screens; every engineer appends the entries of their pages.
target_sources(qadam_app PRIVATE ${CMAKE_CURRENT_LIST_DIR}/screenshottour.cpp ${CMAKE_CURRENT_LIST_DIR}/screenshottour.h)
# A QApplication (Widgets): the dashboard's QtCharts ChartView needs one.
find_package(Qt6 REQUIRED COMPONENTS Gui Quick Widgets)
target_link_libraries(qadam_app PUBLIC Qt6::Gui Qt6::Quick Qt6::Widgets)
qt_add_resources(qadam_app qadam_tour PREFIX /qadam/tour BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${CMAKE_CURRENT_LIST_DIR}/tour.json)
