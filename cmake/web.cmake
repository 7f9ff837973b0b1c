# The ImGui page (Emscripten only): Dear ImGui as a third-party library, the app views, and the platform
# main loop linked into entente_web.js + entente_web.wasm. Included by CMakeLists.txt.
set(IMGUI_SOURCES
    ${ENTENTE_IMGUI_DIR}/imgui.cpp ${ENTENTE_IMGUI_DIR}/imgui_draw.cpp ${ENTENTE_IMGUI_DIR}/imgui_tables.cpp
    ${ENTENTE_IMGUI_DIR}/imgui_widgets.cpp ${ENTENTE_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
    ${ENTENTE_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
add_library(entente_imgui STATIC ${IMGUI_SOURCES})
# Third-party: SYSTEM include, no -Werror. No demo window, no file I/O (settings are not saved).
target_include_directories(entente_imgui SYSTEM PUBLIC ${ENTENTE_IMGUI_DIR} ${ENTENTE_IMGUI_DIR}/backends)
target_compile_definitions(entente_imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_FILE_FUNCTIONS
                                                IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(entente_imgui PRIVATE -Os)

# The views: ImGui over a const result. No GLFW, GL or emscripten here.
file(GLOB APP_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/*.cpp)
add_library(entente_app STATIC ${APP_SOURCES})
target_include_directories(entente_app PUBLIC ${CMAKE_SOURCE_DIR}/src/app)
target_compile_options(entente_app PRIVATE ${ENTENTE_WARNINGS})
target_link_libraries(entente_app PUBLIC entente_core entente_imgui)

# The page: GLFW + WebGL2 main loop and the JavaScript bridge.
file(GLOB PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/*.cpp)
list(FILTER PLATFORM_SOURCES EXCLUDE REGEX "/worker_[a-z_]*\\.cpp$")
add_executable(entente_web ${PLATFORM_SOURCES})
target_compile_options(entente_web PRIVATE ${ENTENTE_WARNINGS})
target_link_libraries(entente_web PRIVATE entente_app)
set(ENTENTE_WEB_EXPORTS
    _main _malloc _free _entente_load_url _entente_load_begin _entente_load_appends _entente_load_section
    _entente_load_progress _entente_load_done _entente_shown_documents
    _entente_busy _entente_progress _entente_stage _entente_generation _entente_wake
    _entente_set_panels _entente_content_height _entente_set_view_open _entente_views_json
    _entente_set_dark _entente_capture _entente_set_lexicon _entente_lexicon_json
    _entente_ui_state_json)
# Undo, corpus notices, the test probe and keyboard routing (issue 11).
list(APPEND ENTENTE_WEB_EXPORTS _entente_undo _entente_push_corpus_undo _entente_set_notice _entente_probe_json
     _entente_wants_text _entente_focus_panels)
list(APPEND ENTENTE_WEB_EXPORTS _entente_wheel_used)  # web/embed.js: wheel turns the embed does not use
list(APPEND ENTENTE_WEB_EXPORTS _entente_span_text)  # the texts the contract gives as offsets
list(JOIN ENTENTE_WEB_EXPORTS "," ENTENTE_WEB_EXPORTS_CSV)
target_link_options(entente_web PRIVATE
    -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sFULL_ES3=1
    -Os -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sENVIRONMENT=web -sEXIT_RUNTIME=0
    -sEXPORTED_FUNCTIONS=${ENTENTE_WEB_EXPORTS_CSV}
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,addRunDependency,removeRunDependency)

# Size and speed: the page's first load must stay within 450 KB gzip (scripts/size.sh). The views and, in the
# Emscripten build only, the core at -O2 rather than Release's -O3 (the same JSON: no fast-math): they run on the
# UI thread while a load's sections arrive (decoding, the Deals panel's filter), and at -Os those frames took up
# to 167 ms at 1,000 documents, 83-133 ms at -O2; 407 KB gzip instead of 378. ImGui itself stays at -Os.
target_compile_options(entente_app PRIVATE -O2)
target_compile_options(entente_core PRIVATE -O2)

# Memory: a fixed maximum, and malloc failing instead of aborting. Running out is then a std::bad_alloc that
# the core reports on the file or stage at fault (src/core/analysis.cpp); the tab and later drops still work.
target_link_options(entente_web PRIVATE -sMAXIMUM_MEMORY=2147483648 -sABORTING_MALLOC=0)

# The analysis worker: the core only (no GLFW, no ImGui), started by the page as a plain Web Worker.
# Its own main and glue: src/platform/worker_main.cpp (+ worker_send.cpp, worker_messages.cpp) and worker_glue.js.
# It links the same core library as the page (-O2 above: speed, and the same floating-point rules keep the JSON
# byte-identical); the page's first frame does not wait for the worker.
add_executable(entente_worker ${CMAKE_SOURCE_DIR}/src/platform/worker_main.cpp
               ${CMAKE_SOURCE_DIR}/src/platform/worker_send.cpp ${CMAKE_SOURCE_DIR}/src/platform/worker_messages.cpp
               ${CMAKE_SOURCE_DIR}/src/platform/worker_sampler.cpp)
target_compile_options(entente_worker PRIVATE ${ENTENTE_WARNINGS})
target_link_libraries(entente_worker PRIVATE entente_core)
set_target_properties(entente_worker PROPERTIES LINK_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/worker_glue.js)
target_link_options(entente_worker PRIVATE
    -O2 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2GB -sABORTING_MALLOC=0 -sFILESYSTEM=0 -sENVIRONMENT=worker -sEXIT_RUNTIME=0
    -sMEMORY_GROWTH_GEOMETRIC_CAP=16777216  # grow by at most 16 MB past the need (default 96 MB) near 1 GB
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_worker_add,_worker_add_error,_worker_start,_worker_run,_worker_set_lexicon,_worker_stop_sampling,_worker_discovered,_worker_sampler_failed,_sampler_start,_sampler_run,_sampler_finish,_sampler_cancel
    --post-js ${CMAKE_SOURCE_DIR}/src/platform/worker_glue.js)
