// Word keys shared by cross-document grouping and in-document consolidation.
#include "deal_keys.h"

#include <algorithm>
#include <array>

namespace entente {

std::set<std::string> word_keys(std::string_view text) {
  std::set<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3) out.insert(w.substr(0, 5));
    w.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      w.push_back(c);
    else if (c >= 'A' && c <= 'Z')
      w.push_back(static_cast<char>(c - 'A' + 'a'));
    else
      flush();
  }
  flush();
  return out;
}

KeyCode key_code(std::string_view key) {
  KeyCode c = 0;
  for (std::size_t i = 0; i < 5; ++i)
    c = (c << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return c;
}

namespace {

// Per byte: its lower-case form when it is an ASCII letter or digit, else 0 (a word break).
constexpr std::array<char, 256> kKeyChar = [] {
  std::array<char, 256> a{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) a[c] = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') a[c] = static_cast<char>(c - 'A' + 'a');
  }
  return a;
}();

}  // namespace

void append_word_key_codes(std::string_view text, std::vector<KeyCode>* out) {
  KeyCode code = 0;  // the word's first five characters, packed as key_code packs them
  std::size_t n = 0;
  for (char byte : text) {
    char c = kKeyChar[static_cast<unsigned char>(byte)];
    if (c) {
      if (n < 5) code = (code << 8) | static_cast<unsigned char>(c);
      ++n;
    } else if (n) {
      if (n >= 3) out->push_back(n < 5 ? code << (8 * (5 - n)) : code);
      code = 0, n = 0;
    }
  }
  if (n >= 3) out->push_back(n < 5 ? code << (8 * (5 - n)) : code);
}

void sort_key_codes(std::vector<KeyCode>* codes) {
  std::sort(codes->begin(), codes->end());
  codes->erase(std::unique(codes->begin(), codes->end()), codes->end());
}

std::vector<KeyCode> word_key_codes(std::string_view text) {
  std::vector<KeyCode> out;
  out.reserve(text.size() / 6 + 1);
  append_word_key_codes(text, &out);
  sort_key_codes(&out);
  return out;
}

}  // namespace entente
