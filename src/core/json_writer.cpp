// JsonWriter (json_writer.h). Strings with any non-ASCII byte are escaped by nlohmann itself, so that
// invalid UTF-8 is replaced exactly as dump() replaces it; numbers use nlohmann's to_chars.
#include "json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// The two-character escapes of JSON, or null.
const char* short_escape(unsigned char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return nullptr;
  }
}

}  // namespace

JsonWriter& JsonWriter::open(char c) {
  element();
  out_ += c;
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  const bool empty = empty_.back();
  empty_.pop_back();
  if (!empty && indent_ >= 0) newline_indent(empty_.size());
  out_ += c;
  return *this;
}

void JsonWriter::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::element() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  if (indent_ >= 0) newline_indent(empty_.size());
}

JsonWriter& JsonWriter::key(std::string_view k) {
  value(k);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  element();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  element();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(double x) {
  element();
  if (!std::isfinite(x)) {
    out_ += "null";
    return *this;
  }
  char buffer[64];
  const char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, x);
  out_.append(buffer, static_cast<std::size_t>(end - buffer));
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  element();
  for (unsigned char c : s) {
    if (c >= 0x80) {  // UTF-8 (valid or not): as nlohmann writes it
      out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return *this;
    }
  }
  out_ += '"';
  for (unsigned char c : s) {
    if (const char* escape = short_escape(c)) {
      out_ += escape;
    } else if (c < 0x20) {
      out_ += "\\u00";
      out_ += kHex[c >> 4];
      out_ += kHex[c & 15];
    } else {
      out_ += static_cast<char>(c);
    }
  }
  out_ += '"';
  return *this;
}

}  // namespace entente
