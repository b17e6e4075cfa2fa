#include <unistd.h>

#include <cstdio>

#include "commands.h"

namespace actorgraph::cli {

Progress::Progress() : tty_(isatty(STDERR_FILENO) != 0) {}
Progress::~Progress() { done(); }

void Progress::update(std::uint32_t documents, std::uint64_t bytes, const std::string& current) {
  if (!tty_) return;
  std::string name = current;
  if (name.size() > 40) name = "..." + name.substr(name.size() - 37);
  std::fprintf(stderr, "\r\033[K[%6u documents | %8.2f MB] %s", documents, static_cast<double>(bytes) / 1e6,
               name.c_str());
  drawn_ = true;
}

void Progress::done() {
  if (tty_ && drawn_) std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace actorgraph::cli
