// Runs a fuzz target without libFuzzer, as a regression test: every file under the folders
// (or the files) named on the command line is fed once to LLVMFuzzerTestOneInput, in sorted
// order, and its time is printed. A crash or a failed check aborts the run; a folder with no
// input fails it too, so a test that ran nothing never passes.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_under(const fs::path& p) {
  std::vector<fs::path> files;
  if (fs::is_regular_file(p)) return {p};
  if (!fs::is_directory(p)) return files;
  for (const auto& e : fs::recursive_directory_iterator(p)) {
    if (e.is_regular_file() && e.path().filename().string().rfind('.', 0) != 0) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::uint8_t> read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FOLDER_OR_FILE...\n", argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize != nullptr) LLVMFuzzerInitialize(&argc, &argv);
  std::size_t total = 0;
  for (int a = 1; a < argc; ++a) {
    const auto files = inputs_under(argv[a]);
    if (files.empty()) {
      std::fprintf(stderr, "%s: no inputs there\n", argv[a]);
      return 1;
    }
    for (const auto& f : files) {
      const auto bytes = read_bytes(f);
      std::printf("%s (%zu bytes) ... ", f.string().c_str(), bytes.size());
      std::fflush(stdout);
      const auto t0 = std::chrono::steady_clock::now();
      LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
      const auto ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
              .count();
      std::printf("ok, %lld ms\n", static_cast<long long>(ms));
      ++total;
    }
  }
  std::printf("%zu inputs, no crash\n", total);
  return 0;
}
