// JsonWriter (json_writer.h). Valid UTF-8 is copied as dump() copies it; strings with invalid UTF-8 are
// escaped by nlohmann itself, so that they are replaced exactly as dump() replaces them; numbers use
// nlohmann's to_chars.
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

// Length of the well-formed UTF-8 sequence (Unicode Table 3-7: no overlong forms, surrogates or code points
// above U+10FFFF) starting at s[i] with a lead byte >= 0x80, or 0 if it is not well formed.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  const auto cont = [&](std::size_t k, unsigned lo, unsigned hi) { return b(k) >= lo && b(k) <= hi; };
  const unsigned c = b(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Bytes that are written as an escape: quote, backslash and control characters.
bool needs_escape(unsigned char c) {
  return c < 0x20 || c == '"' || c == '\\';
}

}  // namespace

JsonWriter& JsonWriter::open(char c) {
  element();
  put(c);
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  const bool empty = empty_.back();
  empty_.pop_back();
  if (!empty && indent_ >= 0) newline_indent(empty_.size());
  put(c);
  return *this;
}

void JsonWriter::newline_indent(std::size_t depth) {
  const std::size_t spaces = (depth_ + depth) * static_cast<std::size_t>(indent_);
  char* at = room(spaces + 1);
  at[0] = '\n';
  std::memset(at + 1, ' ', spaces);
  used_ += spaces + 1;
}

void JsonWriter::element() {
  if (sink_ && used_ >= drain_bytes_) {  // between two values: nothing written so far is taken back
    sink_(text());
    used_ = 0;
  }
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;
  if (!empty_.back()) put(',');
  empty_.back() = false;
  if (indent_ >= 0) newline_indent(empty_.size());
}

JsonWriter& JsonWriter::key(std::string_view k) {
  value(k);
  put(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  element();
  put("null");
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  element();
  put(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::value(double x) {
  element();
  if (!std::isfinite(x)) {
    put("null");
    return *this;
  }
  char* at = room(64);
  used_ += static_cast<std::size_t>(nlohmann::detail::to_chars(at, at + 64, x) - at);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  element();
  const std::size_t mark = used_;
  put('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) {  // invalid UTF-8: the whole string as nlohmann replaces it
        used_ = mark;
        put(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return *this;
      }
      i += n;
      continue;
    }
    if (needs_escape(c)) {
      put(s.substr(run, i - run));
      run = i + 1;
      if (const char* escape = short_escape(c)) {
        put(escape);
      } else {
        const char hex[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        put(std::string_view(hex, 6));
      }
    }
    ++i;
  }
  put(s.substr(run));
  put('"');
  return *this;
}

}  // namespace entente
