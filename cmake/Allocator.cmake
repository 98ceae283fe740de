# SPDX-License-Identifier: GPL-3.0-or-later
# The memory allocator of the executables that import and send campaigns.
#
# A campaign import makes and frees small strings for every row of a
# million-row file, and a campaign run more for every request. glibc's
# malloc and free cost an import about a tenth of its CPU (with the CSV
# reader refilling its cell strings; a fifth without) and a whole
# `smsctl campaign run` about a twentieth; tcmalloc's per-thread caches take
# that off, for about 5-10 MB more peak RSS (Debian: libtcmalloc-minimal4,
# the allocator without the heap profiler). Optional: without it the
# executables use glibc's malloc and behave the same, only slower.
#
# Executables link the interface target sms_allocator; libraries never do
# (the allocator is the program's choice, and it must be loaded before the
# first allocation, which linking it into the executable guarantees).
# A sanitizer brings its own allocator, so a sanitized build keeps glibc's.
# Valgrind's memcheck needs --soname-synonyms=somalloc=*tcmalloc* to see
# tcmalloc's allocations (or configure with -DSMS_USE_TCMALLOC=OFF).

option(SMS_USE_TCMALLOC "Link smsconsole, smsctl and the benchmarks with tcmalloc when found" ON)

add_library(sms_allocator INTERFACE)

if(SMS_USE_TCMALLOC AND "${CMAKE_CXX_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}" MATCHES "-fsanitize=")
    message(STATUS "Allocator: glibc malloc (a sanitizer brings its own)")
elseif(SMS_USE_TCMALLOC)
    # The runtime package installs only the versioned name; the -dev
    # package (libgoogle-perftools-dev) adds the unversioned one.
    find_library(SMS_TCMALLOC_LIBRARY NAMES tcmalloc_minimal libtcmalloc_minimal.so.4
        DOC "tcmalloc (minimal) for smsconsole, smsctl and the benchmarks")
    if(SMS_TCMALLOC_LIBRARY)
        message(STATUS "Allocator: tcmalloc (${SMS_TCMALLOC_LIBRARY})")
        # Linked even where nothing names it: what it replaces is malloc itself.
        target_link_libraries(sms_allocator INTERFACE
            "-Wl,--push-state,--no-as-needed" "${SMS_TCMALLOC_LIBRARY}" "-Wl,--pop-state")
    else()
        message(STATUS "Allocator: glibc malloc (tcmalloc not found: install "
                       "libtcmalloc-minimal4 for faster campaign imports)")
    endif()
else()
    message(STATUS "Allocator: glibc malloc (SMS_USE_TCMALLOC is OFF)")
endif()
