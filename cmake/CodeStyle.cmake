# SPDX-License-Identifier: GPL-3.0-or-later
# `format` rewrites every C++ file the way .clang-format says; `format-check` only reports the files
# that differ and fails (scripts/test.sh runs it, so an unformatted change does not land);
# `tidy` runs clang-tidy with .clang-tidy over the product's sources.

file(GLOB_RECURSE GUANXI_STYLED_SOURCES CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
  ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
  ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
# Other programs' files in the import corpus are data, not our code.
list(FILTER GUANXI_STYLED_SOURCES EXCLUDE REGEX "/tests/data/")

# The version Debian 12 ships; another major version formats a few constructs differently.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_PROGRAM)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_PROGRAM} -i ${GUANXI_STYLED_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Formatting the C++ sources" VERBATIM)
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run --Werror ${GUANXI_STYLED_SOURCES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Checking the C++ sources against .clang-format" VERBATIM)
endif()

find_program(RUN_CLANG_TIDY_PROGRAM NAMES run-clang-tidy-14 run-clang-tidy)
if(RUN_CLANG_TIDY_PROGRAM)
  # Over the compile database, so each file is checked with the flags it is built with.
  add_custom_target(tidy
    COMMAND ${RUN_CLANG_TIDY_PROGRAM} -quiet -p ${CMAKE_BINARY_DIR}
            "${PROJECT_SOURCE_DIR}/(core|models|ui|app)/.*\\.cpp$"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Running clang-tidy over the product's sources" VERBATIM)
endif()
