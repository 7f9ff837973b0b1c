// A streaming JSON writer that prints exactly what nlohmann::ordered_json's dump() prints for the same
// values (numbers, escaping, indentation), without building a tree: the contract's writer (result_json).
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace entente {

class JsonWriter {
 public:
  // indent < 0: compact; otherwise one element per line, `indent` spaces per level (as dump(indent)).
  // depth: the nesting level the text goes at in a larger document (its lines are indented as there).
  explicit JsonWriter(int indent = -1, std::size_t depth = 0) : indent_(indent), depth_(depth) {}

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
    char* at = room(24);
    used_ += static_cast<std::size_t>(std::to_chars(at, at + 24, n).ptr - at);
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
  // A value already written as JSON, by a writer with this one's indent at the depth it goes at here.
  JsonWriter& raw(std::string_view json) {
    element();
    put(json);
    return *this;
  }
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

  // From now on, hands the text written to `sink` whenever at least `bytes` of it have gathered (between two
  // values, so each piece ends at a value's end), and keeps no more: text() and take() then hold only what
  // was not handed over. Call flush() after the last value. The pieces joined are the text unchanged.
  void drain_to(std::function<void(std::string_view)> sink, std::size_t bytes) {
    sink_ = std::move(sink);
    drain_bytes_ = bytes;
  }
  // Hands what was not handed over yet to the sink given to drain_to() (nothing without one).
  void flush() {
    if (sink_ && used_ > 0) sink_(text());
    if (sink_) used_ = 0;
  }

  // The text so far (complete once every container is closed), or since the last piece drained.
  std::string_view text() const { return std::string_view(out_.data(), used_); }
  std::string take() {
    out_.resize(used_);
    used_ = 0;
    return std::move(out_);
  }

 private:
  // The bytes go into out_ by hand (memcpy at a length kept here, out_ grown by doubling): in WebAssembly
  // std::string's append and push_back are calls into the library for every piece, which made this writer
  // four times slower there than natively.
  char* room(std::size_t n) {  // at least n writable bytes at the end; the caller advances used_
    if (used_ + n > out_.size()) out_.resize(std::max<std::size_t>(2 * out_.size(), used_ + n + 4096));
    return &out_[used_];
  }
  void put(char c) { *room(1) = c, ++used_; }
  void put(std::string_view s) {
    if (s.empty()) return;
    std::memcpy(room(s.size()), s.data(), s.size());
    used_ += s.size();
  }

  JsonWriter& open(char c);
  JsonWriter& close(char c);
  void element();  // separator and indentation before a value, unless it follows its key
  void newline_indent(std::size_t depth);

  int indent_;
  std::size_t depth_;  // levels above the first container written
  std::string out_;    // used_ bytes of text, then room
  std::size_t used_ = 0;
  std::vector<bool> empty_;  // per open container: nothing written in it yet
  bool after_key_ = false;
  std::function<void(std::string_view)> sink_;  // drain_to()
  std::size_t drain_bytes_ = 0;
};

}  // namespace entente
