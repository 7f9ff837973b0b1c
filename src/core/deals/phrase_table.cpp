// PhraseTable: entries grouped by their first lower-cased lexeme, each group sorted longest first.
#include "phrase_table.h"

#include <algorithm>

namespace entente {

void PhraseTable::add(std::string_view phrase, int id, bool exact_case, bool capital) {
  LexedText t = lex_text(phrase);
  if (t.lex.empty()) return;
  Entry e;
  e.id = id;
  e.exact_case = exact_case;
  e.capital = capital;
  for (std::size_t k = 0; k < t.lex.size(); ++k) {
    e.lower.emplace_back(t.low(k));
    e.raw.emplace_back(t.raw(k));
    e.hash.push_back(t.hash[k]);
    if (k + 1 < t.lex.size()) e.joined.push_back(t.joined(k));
  }
  std::uint64_t h = word_hash(e.lower[0]);
  std::uint64_t b = h & ((1u << kFilterBits) - 1);
  filter_[b / 64] |= std::uint64_t(1) << (b % 64);
  std::vector<Entry>& list = add_group(h);
  list.push_back(std::move(e));
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.lower.size() > b.lower.size(); });
}

bool PhraseTable::matches(const Entry& e, const LexedText& t, std::size_t i) const {
  if (i + e.lower.size() > t.lex.size()) return false;
  for (std::size_t k = 1; k < e.hash.size(); ++k)
    if (t.hash[i + k] != e.hash[k]) return false;  // equal bytes have equal hashes
  for (std::size_t k = 0; k < e.lower.size(); ++k) {
    if (e.exact_case ? t.raw(i + k) != e.raw[k] : t.low(i + k) != e.lower[k]) return false;
    if (k + 1 < e.lower.size() && e.joined[k] && !t.joined(i + k)) return false;
  }
  if (e.capital && !e.exact_case) {
    unsigned char c = static_cast<unsigned char>(t.text[t.lex[i].start]);
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

const std::vector<PhraseTable::Entry>* PhraseTable::group(std::uint64_t h) const {
  if (slots_.empty()) return nullptr;
  std::size_t mask = slots_.size() - 1;
  for (std::size_t k = (h >> 32) & mask; slots_[k].second; k = (k + 1) & mask)
    if (slots_[k].first == h) return &groups_[slots_[k].second - 1];
  return nullptr;
}

std::vector<PhraseTable::Entry>& PhraseTable::add_group(std::uint64_t h) {
  if (const std::vector<Entry>* g = group(h)) return groups_[static_cast<std::size_t>(g - groups_.data())];
  groups_.emplace_back();
  if (2 * groups_.size() > slots_.size()) {  // grow and re-place every group
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), {0, 0});
    for (std::size_t g = 0; g + 1 < groups_.size(); ++g) place(groups_[g][0].hash[0], g);
  }
  place(h, groups_.size() - 1);
  return groups_.back();
}

void PhraseTable::place(std::uint64_t h, std::size_t g) {
  std::size_t mask = slots_.size() - 1;
  std::size_t k = (h >> 32) & mask;
  while (slots_[k].second) k = (k + 1) & mask;
  slots_[k] = {h, static_cast<std::uint32_t>(g + 1)};
}

PhraseMatch PhraseTable::match_group(const LexedText& t, std::size_t i) const {
  const std::vector<Entry>* g = group(t.hash[i]);
  if (!g) return {};
  for (const Entry& e : *g) {
    // Most entries of a group fail on their length or second word: rejected here, without a call.
    const std::size_t n = e.hash.size();
    if (i + n > t.lex.size() || (n > 1 && t.hash[i + 1] != e.hash[1])) continue;
    if (matches(e, t, i)) return {e.id, i + n};
  }
  return {};
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i <= s.size()) {
    std::size_t j = s.find(',', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view part = s.substr(i, j - i);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    i = j + 1;
  }
  return out;
}

bool all_caps(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

}  // namespace entente
