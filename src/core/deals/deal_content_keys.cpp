// Content keys of deal descriptions: word keys filtered of generic deal words and of the parties' names.
#include "deal_content_keys.h"

#include <iterator>

namespace entente {
namespace {

// Words that name any deal or describe it without telling which one ("the landmark agreement").
constexpr std::string_view kGeneric[] = {
    "deal",  "deals", "agree", "contr", "pact",  "pacts", "accor", "treat", "mou",   "mous",  "memor",
    "proto", "final", "landm", "poten", "preli", "elect", "histo", "new",   "first", "secon", "detai",
    "compl", "terms", "the",   "this",  "that",  "its",   "their", "such",  "simil", "anoth", "lates",
    "signe", "two",   "count", "both",  "sides", "with",  "for",   "and",   "frame", "long",  "term",
    "tenta", "recor", "milli", "billi", "trill", "year",  "years", "annua", "tonne", "tons",  "per",
    "ally",  "allie", "partn", "gover", "natio", "minis", "offic", "compa", "firm",  "state", "trila",
    "bilat", "exerc", "drill", "joint", "milit", "aeria", "air",   "force", "naval", "navy",  "army",
    "marit", "war",   "games", "order", "purch", "sale",  "sales", "addit", "furth"};

// `codes` sorted and unique, without the keys `f` filters out.
Keys filtered(std::vector<KeyCode> codes, const KeyFilter& f) {
  sort_key_codes(&codes);
  auto party = [&](KeyCode k) {
    for (KeyCode p : f.parties)
      if ((k >> 8) == (p >> 8) && (p & 0xFF00) != 0) return true;
    return false;
  };
  std::size_t kept = 0;        // in place: no second list
  auto g = f.generic.begin();  // both sorted: the generic keys are walked once beside the codes
  for (KeyCode k : codes) {
    while (g != f.generic.end() && *g < k) ++g;
    if ((g == f.generic.end() || *g != k) && !party(k)) codes[kept++] = k;
  }
  codes.resize(kept);
  return Keys{std::move(codes)};
}

// The lower-case form of ASCII letter c (other bytes unchanged).
char lower_ascii(char c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// Whether `word` is, ignoring ASCII case, one of `lower_words`.
bool is_one_of(std::string_view word, std::initializer_list<std::string_view> lower_words) {
  for (std::string_view w : lower_words) {
    if (w.size() != word.size()) continue;
    std::size_t k = 0;
    while (k < w.size() && lower_ascii(word[k]) == w[k]) ++k;
    if (k == w.size()) return true;
  }
  return false;
}

}  // namespace

void Keys::insert(const Keys& o) {
  std::vector<KeyCode> m;
  m.reserve(v.size() + o.v.size());
  std::set_union(v.begin(), v.end(), o.v.begin(), o.v.end(), std::back_inserter(m));
  v = std::move(m);
}

Keys generic_keys() {
  Keys g;
  for (std::string_view w : kGeneric) g.v.push_back(key_code(w));
  std::sort(g.v.begin(), g.v.end());
  return g;
}

Keys party_keys(const Deal& d) {
  Keys out;
  for (const std::string& p : d.parties) append_word_key_codes(p, &out.v);
  sort_key_codes(&out.v);  // the union of each party's keys
  return out;
}

Keys content_keys(std::initializer_list<std::string_view> texts, const KeyFilter& f) {
  std::vector<KeyCode> codes;
  std::size_t bytes = 0;
  for (std::string_view text : texts) bytes += text.size();
  codes.reserve(bytes / 4 + 1);  // a key per word of 3 letters or more
  for (std::string_view text : texts) append_word_key_codes(text, &codes);
  return filtered(std::move(codes), f);
}

Keys name_keys(std::string_view text, const KeyFilter& f) {
  std::vector<KeyCode> codes;
  std::size_t k = 0;
  while (k < text.size()) {
    std::size_t e = std::min(text.find(' ', k), text.size());
    if (text[k] >= 'A' && text[k] <= 'Z') append_word_key_codes(text.substr(k, e - k), &codes);
    k = e + 1;
  }
  return filtered(std::move(codes), f);
}

std::string head_phrase(std::string_view item) {
  std::string out;
  int words = 0;
  std::size_t k = 0;
  while (k < item.size()) {
    std::size_t e = std::min(item.find(' ', k), item.size());
    std::string_view word = item.substr(k, e - k);
    k = e + 1;
    if (word.empty()) continue;
    const bool short_word = word.size() <= 7;  // as long as the prepositions and articles below, or shorter
    if (short_word && is_one_of(word, {"to", "in", "for", "of", "with", "between", "on", "at", "by", "from",
                                       "that", "which"}))
      break;
    if (short_word && is_one_of(word, {"the", "a", "an"})) continue;
    if (words++) out += ' ';
    std::size_t from = out.size();
    out += word;
    for (std::size_t c = from; c < out.size(); ++c) out[c] = lower_ascii(out[c]);
  }
  return words >= 2 ? out : std::string();
}

}  // namespace entente
