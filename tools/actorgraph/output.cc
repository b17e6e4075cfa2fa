// Writing a command's output: stdout, or a file replaced atomically.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "commands.h"

namespace actorgraph::cli {

int write_output(const std::string& path, const std::function<Status(std::ostream&)>& write) {
  if (path.empty()) {
    Status s = write(std::cout);
    if (!s) std::cerr << "actorgraph: " << s.message() << "\n";
    return s ? 0 : 1;
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) {
      std::cerr << "actorgraph: " << path << ": cannot write\n";
      return 1;
    }
    Status s = write(out);
    out.close();
    if (!s || !out) {
      std::cerr << "actorgraph: " << path << ": write failed" << (s ? "" : ": " + s.message()) << "\n";
      std::remove(tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::cerr << "actorgraph: " << path << ": cannot replace\n";
    std::remove(tmp.c_str());
    return 1;
  }
  return 0;
}

}  // namespace actorgraph::cli
