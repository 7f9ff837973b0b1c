// Word keys shared by cross-document grouping and in-document consolidation.
#include "deal_keys.h"

#include <algorithm>

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

void append_word_key_codes(std::string_view text, std::vector<KeyCode>* out) {
  char w[5];
  std::size_t n = 0;
  auto flush = [&] {
    if (n >= 3) out->push_back(key_code(std::string_view(w, n < 5 ? n : 5)));
    n = 0;
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (n < 5) w[n] = c;
      ++n;
    } else {
      flush();
    }
  }
  flush();
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
