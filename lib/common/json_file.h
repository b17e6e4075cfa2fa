// Reading JSON data files with errors a person can act on: "file:line:column: message",
// and validation against the JSON Schemas in schema/ (RapidJSON's validator, draft 4
// keywords), naming the JSON path of the first offending value.
#ifndef ACTORGRAPH_COMMON_JSON_FILE_H_
#define ACTORGRAPH_COMMON_JSON_FILE_H_

#include <rapidjson/document.h>

#include <string>
#include <string_view>

#include "actorgraph/result.h"

namespace actorgraph::detail {

Result<std::string> read_file(const std::string& path);

// Parses `text` (from `path`, for messages) as JSON.
Result<rapidjson::Document> parse_json(std::string_view text, const std::string& path);
Result<rapidjson::Document> read_json_file(const std::string& path);

// Validates `doc` (read from `path`) against the schema file `schema_path`.
Status validate_json(const rapidjson::Value& doc, const std::string& path, const std::string& schema_path);

// "line L, column C" for a byte offset into text.
std::string line_column(std::string_view text, std::size_t offset);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_COMMON_JSON_FILE_H_
