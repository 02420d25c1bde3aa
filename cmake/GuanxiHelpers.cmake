# SPDX-License-Identifier: GPL-3.0-or-later
# Two helpers keep each folder's CMakeLists.txt to the list of its files.

# guanxi_set_strict(TARGET): the string and warning discipline every Guanxi target follows.
function(guanxi_set_strict target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_TO_ASCII
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(GUANXI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# guanxi_add_test(NAME SOURCES... LIBS...): one Qt Test executable, registered with CTest and run
# offscreen. Tests link the layer libraries; they never recompile the product's sources. Each test is
# labelled with its folder (core, models, ui, integration), which the sanitizer run selects by.
function(guanxi_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  guanxi_set_strict(${name})
  add_test(NAME ${name} COMMAND ${name})
  # Under the sanitizers every test runs three to five times slower (test_search: about 160 s
  # alone on two cores, more beside another test).
  if(GUANXI_SANITIZE)
    set(timeout 900)
  else()
    set(timeout 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;GUANXI_CLI=$<TARGET_FILE:guanxi-cli>"
    TIMEOUT ${timeout})
  get_filename_component(group ${CMAKE_CURRENT_SOURCE_DIR} NAME)
  set_property(TEST ${name} APPEND PROPERTY LABELS ${group})
  set_property(GLOBAL APPEND PROPERTY GUANXI_TESTS_${group} ${name})
endfunction()
