#include <unistd.h>

#include <cstdio>

#include "commands.h"

namespace actorgraph::cli {

std::set<std::string> split_list(const std::string& s) {
  std::set<std::string> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.insert(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::optional<std::vector<Modality>> parse_modalities(const std::string& s) {
  std::vector<Modality> out;
  for (const auto& m : split_list(s)) {
    auto mod = parse_modality(m);
    if (!mod) {
      std::fprintf(stderr,
                   "actorgraph: unknown modality \"%s\" (asserted, alleged, planned, denied, negated)\n",
                   m.c_str());
      return std::nullopt;
    }
    out.push_back(*mod);
  }
  return out;
}

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
