// The allocator the build linked in (tools/CMakeLists.txt, option ACTORGRAPH_MIMALLOC).
#include <cstdlib>
#include <string>

#include "commands.h"

#ifdef ACTORGRAPH_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace actorgraph::cli {

std::string allocator_name() {
#ifdef ACTORGRAPH_WITH_MIMALLOC
  const int v = mi_version();  // 209 for 2.0.9
  return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." +
         std::to_string(v % 10);
#else
  return "the C library's malloc";
#endif
}

void tune_allocator() {
#ifdef ACTORGRAPH_WITH_MIMALLOC
  // Memory in 2 MiB pages where the kernel has them (transparent huge pages, which Debian
  // gives to whoever asks with madvise): a store's query graph or an export touches hundreds
  // of megabytes, and on a virtual machine each 4 KiB page fault is dear. Measured on this
  // project's machines: a query on the 1M-actor store 4.2 -> 2.0 s. Large pages need memory
  // committed at once, which mimalloc otherwise delays for a thread's first segment.
  // mimalloc set up the main thread's first 32 MiB before main(), in small pages: main()
  // therefore runs the command on a new thread. A GraphML export of the 20 MB corpus took
  // 8,500 page faults on the main thread, 1,400 on a new one; a build 7,500 -> 650.
  // MIMALLOC_LARGE_OS_PAGES=0 in the environment turns large pages off.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) mi_option_enable(mi_option_large_os_pages);
  if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) mi_option_set(mi_option_eager_commit_delay, 0);
#endif
}

}  // namespace actorgraph::cli
