// Tokenizer: one pass over code points with an ASCII fast path. Offsets are UTF-8 byte offsets.
#include "tokenize.h"

#include <utility>

#include "decode.h"

namespace entente {
namespace {

enum class CharClass { Space, Letter, Digit, Apostrophe, Hyphen, Symbol, Punct };

bool is_space_cp(char32_t c) {
  return c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if (c <= 0x20 || c == 0x7F) return CharClass::Space;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::Letter;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    if (c == '\'') return CharClass::Apostrophe;
    if (c == '-') return CharClass::Hyphen;
    if (c == '$' || c == '%' || c == '#' || c == '@' || c == '&' || c == '+' || c == '=' || c == '<' ||
        c == '>' || c == '^' || c == '~' || c == '|' || c == '*')
      return CharClass::Symbol;
    return CharClass::Punct;
  }
  if (is_space_cp(c)) return CharClass::Space;
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return CharClass::Apostrophe;
  if (c == 0x2010 || c == 0x2011) return CharClass::Hyphen;
  if (c == 0xAD) return CharClass::Space;  // soft hyphen outside a word
  if ((c >= 0xA2 && c <= 0xA5) || c == 0xA9 || c == 0xAE || c == 0xB0 || c == 0xD7 || c == 0xF7 ||
      (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x2BFF))
    return CharClass::Symbol;
  if ((c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || (c >= 0x2012 && c <= 0x206F) ||
      (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0x060C || c == 0x061F ||
      c == 0x06D4)
    return CharClass::Punct;
  return CharClass::Letter;  // Latin, Cyrillic, Arabic, CJK ... letters and marks
}

struct Scanner {
  std::string_view text;
  std::size_t pos = 0;

  // Class of the code point at byte offset `at`, and its byte length.
  CharClass at(std::size_t at, std::size_t* len = nullptr) const {
    if (at >= text.size()) {
      if (len) *len = 0;
      return CharClass::Space;
    }
    auto b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
      if (len) *len = 1;
      return classify(b);
    }
    std::size_t i = at;
    char32_t cp = next_code_point(text, i);
    if (len) *len = i - at;
    return classify(cp);
  }
  bool word_char(std::size_t p) const {
    CharClass k = at(p);
    return k == CharClass::Letter || k == CharClass::Digit;
  }
  bool ascii_is(std::size_t p, char c) const { return p < text.size() && text[p] == c; }
  bool digit(std::size_t p) const { return at(p) == CharClass::Digit; }
  bool letter(std::size_t p) const { return at(p) == CharClass::Letter; }
  std::size_t len_at(std::size_t p) const {
    std::size_t n = 0;
    at(p, &n);
    return n;
  }
};

// Length of an apostrophe clitic at p (’s, 's, 're, 've, 'll, 'd, 'm) followed by a non-word char, else 0.
std::size_t clitic_length(const Scanner& s, std::size_t p) {
  std::size_t alen = s.len_at(p);
  constexpr std::string_view kTails[] = {"s", "re", "ve", "ll", "d", "m"};
  for (std::string_view tail : kTails) {
    std::size_t q = p + alen;
    bool match = q + tail.size() <= s.text.size();
    for (std::size_t k = 0; match && k < tail.size(); ++k) match = (s.text[q + k] | 0x20) == tail[k];
    if (match && !s.word_char(q + tail.size())) return alen + tail.size();
  }
  return 0;
}

// Scans a word from p: letters/digits with internal hyphens and apostrophes. Digits may carry internal
// "," or "." between digits ("Rs39,000"). Stops before a clitic. Returns the end offset.
std::size_t scan_word(const Scanner& s, std::size_t p) {
  while (p < s.text.size()) {
    std::size_t n = 0;
    CharClass k = s.at(p, &n);
    if (k == CharClass::Letter || k == CharClass::Digit) {
      p += n;
    } else if (k == CharClass::Hyphen && s.word_char(p + n)) {
      p += n;
    } else if (k == CharClass::Apostrophe && s.letter(p + n) && clitic_length(s, p) == 0) {
      p += n;
    } else if ((s.ascii_is(p, ',') || s.ascii_is(p, '.')) && s.digit(p - 1) && s.digit(p + 1)) {
      p += 1;
    } else {
      break;
    }
  }
  return p;
}

// "U.S.", "e.g.", "a.m.": single letters each followed by a dot, at least two of them, then no word char.
std::size_t scan_dotted_abbreviation(const Scanner& s, std::size_t p) {
  std::size_t q = p;
  int parts = 0;
  std::size_t n = 0;
  while (s.at(q, &n) == CharClass::Letter && s.ascii_is(q + n, '.')) {
    q += n + 1;
    ++parts;
  }
  return parts >= 2 && !s.word_char(q) ? q : p;
}

}  // namespace

std::string fold_lower(std::string_view word) {
  // ASCII prefix (most words are all ASCII): copied at once and lowered in place.
  std::size_t i = 0;
  while (i < word.size() && static_cast<unsigned char>(word[i]) < 0x80) ++i;
  std::string out(word.substr(0, i));
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (i == word.size()) return out;
  out.reserve(word.size());
  while (i < word.size()) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = next_code_point(word, i);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
      c = '\'';
    else if (c == 0x2010 || c == 0x2011)
      c = '-';
    else if (c == 0xAD)
      continue;
    else if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB) ||
             (c >= 0x410 && c <= 0x42F))
      c += 0x20;
    else if (c >= 0x400 && c <= 0x40F)
      c += 0x50;
    else if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x17F)
      c = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ? (c % 2 == 1 ? c + 1 : c) : (c | 1);
    append_utf8(out, c);
  }
  return out;
}

namespace {

// The token opening at p (not a space; class k, n bytes): its end and kind. `glued`: the previous token ends
// at p, so an apostrophe may open a clitic ("'s", "n't" ...).
std::pair<std::size_t, TokenKind> token_at(const Scanner& s, CharClass k, std::size_t p, std::size_t n,
                                           bool glued) {
  switch (k) {
    case CharClass::Letter: {
      const std::size_t end = scan_dotted_abbreviation(s, p);
      return {end == p ? scan_word(s, p) : end, TokenKind::Word};
    }
    case CharClass::Digit:
      return {scan_word(s, p), TokenKind::Number};
    case CharClass::Apostrophe: {
      const std::size_t len = glued ? clitic_length(s, p) : 0;
      return {p + (len ? len : n), len ? TokenKind::Clitic : TokenKind::Punct};
    }
    case CharClass::Symbol:
      return {p + n, TokenKind::Symbol};
    default:  // hyphens and punctuation
      return {p + n, TokenKind::Punct};
  }
}

}  // namespace

TokenList tokenize(std::string_view text) {
  TokenList tokens;
  tokens.reserve(text.size() / 5, text.size() + text.size() / 5);
  Scanner s{text};
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t n = 0;
    const CharClass k = s.at(p, &n);
    if (k == CharClass::Space) {
      p += n;
      continue;
    }
    const auto [end, kind] = token_at(s, k, p, n, !tokens.empty() && tokens.back().end == p);
    Token t;
    t.start = static_cast<std::uint32_t>(p);
    t.end = static_cast<std::uint32_t>(end);
    t.kind = kind;
    tokens.push_back(t, fold_lower(text.substr(p, end - p)));
    p = end;
  }
  tokens.shrink_to_fit();
  return tokens;
}

}  // namespace entente
