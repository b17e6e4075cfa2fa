#include "common/quantity.h"

#include <array>
#include <charconv>
#include <cmath>

namespace actorgraph::detail {
namespace {

constexpr int kMaxDecimals = 6;

// `digits` (no sign) with a comma before each group of three from the right.
std::string grouped(std::string_view digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string grouped_number(double value) {
  if (!std::isfinite(value)) return {};
  // the largest double has 309 integer digits
  std::array<char, 400> buf{};
  const auto [end, ec] =
      std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed, kMaxDecimals);
  if (ec != std::errc()) return {};
  std::string_view text(buf.data(), static_cast<std::size_t>(end - buf.data()));
  // "2.500000" -> "2.5", "1000000.000000" -> "1000000"
  while (text.back() == '0') text.remove_suffix(1);
  if (text.back() == '.') text.remove_suffix(1);
  const bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text == "0") return "0";  // also -0, or a negative number too small for six decimals
  const std::size_t point = text.find('.');
  std::string out = negative ? "-" : "";
  out += grouped(text.substr(0, point));
  if (point != std::string_view::npos) out += text.substr(point);
  return out;
}

std::string stated_quantity(double value, std::string_view unit, std::string_view bound) {
  std::string number = grouped_number(value);
  if (number.empty()) return {};
  std::string out;
  if (!bound.empty()) {
    out += bound;
    out += ' ';
  }
  out += number;
  if (!unit.empty()) {
    out += ' ';
    out += unit;
  }
  return out;
}

}  // namespace actorgraph::detail
