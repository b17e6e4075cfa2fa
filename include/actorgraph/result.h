// Result types: how every fallible call in the library reports failure.
//
// A function that can fail returns Status (nothing on success) or Result<T> (a value on
// success). Both are [[nodiscard]]: the compiler will not let a caller drop an error.
// An Error carries a message that names what failed and where (file, line, column, byte
// offset, JSON path), so the command line can print it as it is.
#ifndef ACTORGRAPH_RESULT_H_
#define ACTORGRAPH_RESULT_H_

#include <string>
#include <utility>
#include <variant>

namespace actorgraph {

struct Error {
  std::string message;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error e) : error_(std::move(e.message)), failed_(true) {}  // NOLINT(google-explicit-constructor)
  static Status ok() { return {}; }

  [[nodiscard]] bool is_ok() const { return !failed_; }
  explicit operator bool() const { return !failed_; }
  [[nodiscard]] const std::string& message() const { return error_; }

 private:
  std::string error_;
  bool failed_ = false;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Error e) : v_(std::move(e)) {}      // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool is_ok() const { return v_.index() == 0; }
  explicit operator bool() const { return is_ok(); }
  [[nodiscard]] T& value() & { return std::get<0>(v_); }
  [[nodiscard]] const T& value() const& { return std::get<0>(v_); }
  [[nodiscard]] T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }
  T& operator*() & { return std::get<0>(v_); }
  [[nodiscard]] const std::string& message() const { return std::get<1>(v_).message; }
  [[nodiscard]] Status status() const { return is_ok() ? Status() : Status(std::get<1>(v_)); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RESULT_H_
