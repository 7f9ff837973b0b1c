// A small JSON reader that remembers the line of every value, so lexicon errors can name the line.
// Only for small hand-edited files (lexicons); results and process boundaries use nlohmann::json.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

struct JsonNode {
  enum class Type { Null, Bool, Number, String, Array, Object };
  Type type = Type::Null;
  int line = 1;                 // 1-based line where the value starts
  bool boolean = false;         // Type::Bool
  std::string text;             // Type::String: the decoded string; Type::Number: the number as written
  std::vector<JsonNode> items;  // Type::Array
  std::vector<std::pair<std::string, JsonNode>> members;  // Type::Object, in file order (keys may repeat)

  // The member named `key`, or nullptr. With repeated keys, the last one (as most JSON readers do).
  const JsonNode* find(std::string_view key) const;
  const char* type_name() const;
};

// Thrown by parse_json_lines for malformed JSON; line() is 1-based.
class JsonLinesError : public std::runtime_error {
 public:
  JsonLinesError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}
  int line() const { return line_; }

 private:
  int line_;
};

// Parses one JSON value (RFC 8259; a UTF-8 BOM is skipped). Nesting deeper than 64 levels is refused.
// Throws JsonLinesError naming the line of the first problem.
JsonNode parse_json_lines(std::string_view text);

}  // namespace entente
