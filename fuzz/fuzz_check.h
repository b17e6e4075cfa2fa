// What the fuzz targets assert beyond "no crash": a failed check prints what was wrong and
// aborts, so libFuzzer (or the regression driver, fuzz/regress_main.cc) reports the input
// as a crash. Checks stay on in every build type, unlike assert().
#ifndef ACTORGRAPH_FUZZ_FUZZ_CHECK_H_
#define ACTORGRAPH_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define AG_FUZZ_CHECK(cond, what)                                                              \
  do {                                                                                         \
    if (!(cond)) {                                                                             \
      std::fprintf(stderr, "%s:%d: check failed: %s (%s)\n", __FILE__, __LINE__, #cond, what); \
      std::abort();                                                                            \
    }                                                                                          \
  } while (false)

#endif  // ACTORGRAPH_FUZZ_FUZZ_CHECK_H_
