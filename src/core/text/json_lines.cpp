// Recursive-descent JSON reader with line numbers (see json_lines.h).
#include "json_lines.h"

#include <cstdint>

namespace entente {
namespace {

constexpr int kMaxDepth = 64;

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  JsonNode document() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    skip_space();
    JsonNode root = value(0);
    skip_space();
    if (pos_ < s_.size()) fail("unexpected text after the end of the JSON value");
    return root;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  int line_ = 1;

  [[noreturn]] void fail(const std::string& what) const { throw JsonLinesError(line_, what); }
  bool at_end() const { return pos_ >= s_.size(); }
  char peek() const { return at_end() ? '\0' : s_[pos_]; }

  std::string describe_next() const {
    if (at_end()) return "the end of the file";
    char c = s_[pos_];
    if (static_cast<unsigned char>(c) < 0x20) return "a control character";
    return std::string("'") + c + "'";
  }

  void skip_space() {
    while (!at_end()) {
      char c = s_[pos_];
      if (c == '\n') ++line_;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }

  void expect(char c, const char* context) {
    skip_space();
    if (peek() != c) fail(std::string("expected '") + c + "' " + context + ", found " + describe_next());
    ++pos_;
  }

  JsonNode value(int depth) {
    if (depth > kMaxDepth) fail("JSON nested too deeply");
    skip_space();
    JsonNode node;
    node.line = line_;
    char c = peek();
    if (c == '{') {
      object(node, depth);
    } else if (c == '[') {
      array(node, depth);
    } else if (c == '"') {
      node.type = JsonNode::Type::String;
      node.text = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      node.type = JsonNode::Type::Number;
      node.text = number();
    } else if (literal("true")) {
      node.type = JsonNode::Type::Bool;
      node.boolean = true;
    } else if (literal("false")) {
      node.type = JsonNode::Type::Bool;
    } else if (!literal("null")) {
      fail("expected a value, found " + describe_next());
    }
    return node;
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  void object(JsonNode& node, int depth) {
    node.type = JsonNode::Type::Object;
    ++pos_;
    skip_space();
    if (peek() == '}') {
      ++pos_;
      return;
    }
    while (true) {
      skip_space();
      if (peek() != '"') fail("expected a quoted member name, found " + describe_next());
      std::string key = string();
      expect(':', "after a member name");
      node.members.emplace_back(std::move(key), value(depth + 1));
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') {
        ++pos_;
        return;
      }
      fail("expected ',' or '}' in an object, found " + describe_next());
    }
  }

  void array(JsonNode& node, int depth) {
    node.type = JsonNode::Type::Array;
    ++pos_;
    skip_space();
    if (peek() == ']') {
      ++pos_;
      return;
    }
    while (true) {
      node.items.push_back(value(depth + 1));
      skip_space();
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == ']') {
        ++pos_;
        return;
      }
      fail("expected ',' or ']' in an array, found " + describe_next());
    }
  }

  std::string number() {
    std::size_t start = pos_;
    if (peek() == '-') ++pos_;
    if (!digits()) fail("malformed number");
    if (peek() == '.') {
      ++pos_;
      if (!digits()) fail("malformed number");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digits()) fail("malformed number");
    }
    return std::string(s_.substr(start, pos_ - start));
  }

  bool digits() {
    std::size_t start = pos_;
    while (peek() >= '0' && peek() <= '9') ++pos_;
    return pos_ > start;
  }

  std::string string() {
    ++pos_;  // opening quote
    std::string out;
    while (true) {
      if (at_end()) fail("unterminated string");
      char c = s_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("line break or control character inside a string");
      if (c != '\\') {
        out += c;
        continue;
      }
      escape(out);
    }
  }

  void escape(std::string& out) {
    if (at_end()) fail("unterminated string");
    char e = s_[pos_++];
    switch (e) {
      case '"':
      case '\\':
      case '/':
        out += e;
        return;
      case 'b':
        out += '\b';
        return;
      case 'f':
        out += '\f';
        return;
      case 'n':
        out += '\n';
        return;
      case 'r':
        out += '\r';
        return;
      case 't':
        out += '\t';
        return;
      case 'u':
        append_utf8(out, code_point());
        return;
      default:
        fail(std::string("unknown escape '\\") + e + "' in a string");
    }
  }

  std::uint32_t hex4() {
    if (pos_ + 4 > s_.size()) fail("malformed \\u escape");
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char h = s_[pos_++];
      v <<= 4;
      if (h >= '0' && h <= '9')
        v |= std::uint32_t(h - '0');
      else if (h >= 'a' && h <= 'f')
        v |= std::uint32_t(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        v |= std::uint32_t(h - 'A' + 10);
      else
        fail("malformed \\u escape");
    }
    return v;
  }

  std::uint32_t code_point() {
    std::uint32_t cp = hex4();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (!literal("\\u")) fail("unpaired surrogate in a \\u escape");
      std::uint32_t low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) fail("unpaired surrogate in a \\u escape");
      return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF) fail("unpaired surrogate in a \\u escape");
    return cp;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
};

}  // namespace

const JsonNode* JsonNode::find(std::string_view key) const {
  const JsonNode* found = nullptr;
  for (const auto& m : members)
    if (m.first == key) found = &m.second;
  return found;
}

const char* JsonNode::type_name() const {
  switch (type) {
    case Type::Null:
      return "null";
    case Type::Bool:
      return "a boolean";
    case Type::Number:
      return "a number";
    case Type::String:
      return "a string";
    case Type::Array:
      return "an array";
    case Type::Object:
      return "an object";
  }
  return "a value";
}

JsonNode parse_json_lines(std::string_view text) {
  return Reader(text).document();
}

}  // namespace entente
