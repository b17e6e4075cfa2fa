#include "common/json_file.h"

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "common/unicode.h"

namespace actorgraph::detail {

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot open file"};
  std::string bytes;
  // A regular file in one read into a string of its size (through a string stream, a 20 MB
  // file was copied twice and its buffer grown a dozen times); then whatever else there is:
  // all of a pipe's bytes, or what a file gained meanwhile.
  std::error_code ec;
  const std::uintmax_t size =
      std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  if (!ec && size > 0 && size < bytes.max_size()) {
    bytes.resize(static_cast<std::size_t>(size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  std::array<char, 65536> block{};
  while (in.read(block.data(), block.size()) || in.gcount() > 0) {
    bytes.append(block.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return Error{path + ": read error"};
  return bytes;
}

std::string line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

Result<rapidjson::Document> parse_json(std::string_view text, const std::string& path) {
  // Invalid UTF-8 is refused here, or RapidJSON's validator reads past it naming the path.
  // Checked before parsing, over the whole text: RapidJSON's own check (in strings, where
  // elsewhere such bytes are a syntax error) cost a 15 MB gazetteer a tenth of its loading.
  const Utf8Check utf8 = check_utf8(text);
  if (utf8.invalid > 0) {
    return Error{path + ":" + line_column(text, utf8.first_invalid) + ": invalid JSON: invalid UTF-8 (" +
                 std::to_string(utf8.invalid) + " ill-formed sequence" + (utf8.invalid > 1 ? "s" : "") + ")"};
  }
  rapidjson::Document doc;
  // Iterative: deeply nested input gives an error or a document, not a stack overflow.
  // Not kParseFullPrecisionFlag: RapidJSON 1.1 then hits undefined behaviour on a zero with a
  // big exponent ("0E400"); the data files' numbers (integers, short decimals) parse the same.
  doc.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    return Error{path + ":" + line_column(text, doc.GetErrorOffset()) +
                 ": invalid JSON: " + rapidjson::GetParseError_En(doc.GetParseError())};
  }
  return doc;
}

Result<rapidjson::Document> read_json_file(const std::string& path) {
  auto text = read_file(path);
  if (!text) return Error{text.message()};
  return parse_json(*text, path);
}

Status validate_json(const rapidjson::Value& doc, const std::string& path, const std::string& schema_path) {
  auto schema_json = read_json_file(schema_path);
  if (!schema_json) return Error{schema_json.message()};
  rapidjson::SchemaDocument schema(*schema_json);
  rapidjson::SchemaValidator validator(schema);
  if (doc.Accept(validator)) return Status::ok();
  rapidjson::StringBuffer where, rule;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  return Error{path + ": does not match " + schema_path + " at JSON path " + where.GetString() + " (rule " +
               rule.GetString() + ", keyword '" + validator.GetInvalidSchemaKeyword() + "')"};
}

}  // namespace actorgraph::detail
