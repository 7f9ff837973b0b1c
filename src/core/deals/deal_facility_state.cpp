// A facility's state told in the sentence after its deal (see deal_facility_state.h).
#include "deal_facility_state.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

namespace entente {
namespace {

using namespace std::string_view_literals;

constexpr std::array<std::string_view, 24> kFacilities = {
    "terminal", "plant",   "airport", "station", "dam",      "road",     "railway",  "line",
    "bridge",   "port",    "factory", "mill",    "refinery", "pipeline", "complex",  "hospital",
    "stadium",  "highway", "tunnel",  "smelter", "cable",    "facility", "corridor", "expressway"};

bool facility_word(std::string_view w) {
  return std::find(kFacilities.begin(), kFacilities.end(), w) != kFacilities.end();
}

// The state told at lexeme k (after "was", "were", "has been" or nothing): 'c' completed, 'p' in progress,
// 'x' cancelled, 0 none.
char state_at(const LexedText& t, std::size_t k) {
  if (t.is(k, "has") || t.is(k, "have")) {
    if (!t.is(k + 1, "been") && !t.is(k + 1, "opened")) return 0;
    k += t.is(k + 1, "been") ? 2 : 1;
  } else if (t.is(k, "was") || t.is(k, "were") || t.is(k, "is") || t.is(k, "are")) {
    ++k;
  }
  std::string_view w = t.low(k);
  if (w == "opened" || w == "inaugurated" || w == "commissioned" || w == "completed") return 'c';
  if ((w == "under" && t.is(k + 1, "construction")) || (w == "being" && t.is(k + 1, "built"))) return 'p';
  if (w == "abandoned" || w == "scrapped" || w == "shelved") return 'x';
  return 0;
}

// Whether `text` holds the word `w` (a whole word, any case of its first letter).
bool names_word(std::string_view text, std::string_view w) {
  for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
    bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    std::size_t e = at + w.size();
    bool ends = e == text.size() || !std::isalpha(static_cast<unsigned char>(text[e]));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

namespace {

// "Work stopped in 2021 at about 60 percent completion" ('x'), "All five units were commissioned by 2023"
// ('c'): a sentence on the works or units of the deal just told, without naming its facility; 0 otherwise.
char works_state(const LexedText& t, LexRange range) {
  bool work = t.is(range.b, "work") || t.is(range.b, "construction");
  if (work && t.is(range.b + 1, "stopped")) return 'x';
  if (!t.is(range.b, "all")) return 0;
  for (std::size_t k = range.b + 1; k < range.e && k < range.b + 5; ++k)
    if (t.is(k, "commissioned")) return 'c';
  return 0;
}

}  // namespace

void facility_state_told(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kNear = 400;  // bytes: the deal is told in the sentence just before
  if (deals->empty() || range.e < range.b + 3) return;
  if (char works = works_state(t, range)) {
    Deal& d = deals->back();
    if (d.status != "signed"sv || d.aggregate || d.evidence.end + kNear < t.lex[range.b].start) return;
    d.status = works == 'c' ? "completed" : "cancelled";
    std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
    d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
    return;
  }
  if (!t.is(range.b, "the")) return;
  std::size_t noun = range.b + 1;
  if (!facility_word(t.low(noun)) && facility_word(t.low(noun + 1))) ++noun;  // "The new terminal"
  if (!facility_word(t.low(noun))) return;
  char state = state_at(t, noun + 1);
  Deal& d = deals->back();
  if (!state || d.aggregate || d.evidence.end + kNear < t.lex[range.b].start) return;
  if (d.status != "signed"sv && !(d.status == "in_progress"sv && state == 'c')) return;
  if (!names_word(d.evidence.text, t.low(noun))) return;
  d.status = state == 'c' ? "completed" : state == 'p' ? "in_progress" : "cancelled";
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

}  // namespace entente
