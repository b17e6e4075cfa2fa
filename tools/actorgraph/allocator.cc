// The allocator the build linked in (tools/CMakeLists.txt, option ACTORGRAPH_MIMALLOC).
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

}  // namespace actorgraph::cli
