// A streaming JSON writer that prints exactly what nlohmann::ordered_json's dump() prints for the same
// values (numbers, escaping, indentation), without building a tree: the contract's writer (result_json).
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace entente {

class JsonWriter {
 public:
  // indent < 0: compact; otherwise one element per line, `indent` spaces per level (as dump(indent)).
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The next value is this key's (inside an object).
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::nullptr_t);
  JsonWriter& value(bool b);
  JsonWriter& value(double x);  // shortest round-trip form, "1.0" for whole numbers, null if not finite
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonWriter& value(T n) {
    element();
    char buffer[24];
    out_.append(buffer,
                static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, n).ptr - buffer));
    return *this;
  }
  template <class T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : value(nullptr);
  }
  template <class T>
  JsonWriter& value(const std::vector<T>& list) {
    begin_array();
    for (const T& x : list) value(x);
    return end_array();
  }
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

  // The text so far (complete once every container is closed).
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char c);
  JsonWriter& close(char c);
  void element();  // separator and indentation before a value, unless it follows its key
  void newline_indent(std::size_t depth);

  int indent_;
  std::string out_;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace entente
