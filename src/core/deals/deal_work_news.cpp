// Work and fates of a deal told in later sentences (deal_work_news.h).
#include "deal_work_news.h"

#include <string_view>

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "Work on the track", "Construction of the plant", "The first of those ships": the subject of a sentence
// about the progress of a deal told before.
bool work_subject(const LexedText& t, LexRange range) {
  std::size_t b = range.b + (t.is(range.b, "the") ? 1 : 0);
  std::string_view w = t.low(b);
  if (w == "work" || w == "works" || w == "construction" || w == "planting" || w == "production") return true;
  return w == "first" && t.is(b + 1, "of") &&
         (t.is(b + 2, "those") || t.is(b + 2, "these") || t.is(b + 2, "them"));
}

bool begun_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "underway" || (w == "under" && t.is(k + 1, "way")) || w == "begun" || w == "began" ||
        w == "started" || w == "launched")
      return true;
  }
  return false;
}

bool handed_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k)
    if (t.is(k, "delivered") || (t.is(k, "handed") && t.is(k + 1, "over"))) return true;
  return false;
}

// "Work on the project has been suspended since the coup", "Islamabad froze work on the project": work on
// the deal told as halted (not "was not suspended").
bool halted_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    bool halt = w == "suspended" || w == "halted" || w == "stalled" || w == "froze" || w == "frozen";
    if (!halt || (k > range.b + 1 && (t.is(k - 1, "not") || t.is(k - 2, "not") || t.is(k - 1, "never"))))
      continue;
    bool object = t.is(k + 1, "work") || t.is(k + 1, "construction") ||
                  (t.is(k + 1, "the") && (t.is(k + 2, "project") || t.is(k + 2, "work")));
    if (object || work_subject(t, range)) return true;
  }
  return false;
}

}  // namespace

void work_begun(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kNear = 400;  // bytes: the deal is told in the sentence or two before
  if (deals->empty() || range.e <= range.b) return;
  bool all = t.is(range.b, "all") && handed_in(t, range);  // "All twelve had been handed over by May 2017"
  bool halted = halted_in(t, range);
  if (!all && !halted && (!work_subject(t, range) || !begun_in(t, range))) return;
  Deal& d = deals->back();
  if (d.status != "signed"sv || d.aggregate || d.kind == "exercise"sv || d.kind == "supply"sv ||
      d.evidence.end + kNear < t.lex[range.b].start)
    return;
  bool done = all;  // "Construction began in 2019 and the cable was switched on in 2023"
  for (std::size_t k = range.b; k < range.e; ++k)
    done |= t.is(k, "completed") || t.is(k, "opened") || t.is(k, "inaugurated") || t.is(k, "commissioned") ||
            (t.is(k, "switched") && t.is(k + 1, "on"));
  d.status = halted ? "cancelled" : done ? "completed" : "in_progress";
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

namespace {

// "withdrew from its project", "dropped the plan", "pulled out of the deal": a cue at k that calls off a
// deal the subject had, before "its" or "the".
bool called_off_at(const LexedText& t, std::size_t k) {
  std::size_t n = k + 1;
  if (t.is(k, "withdrew") || t.is(k, "pulled") || t.is(k, "backed")) {
    if (!t.is(n, "from") && !t.is(n, "out")) return false;
    n += t.is(n, "out") && t.is(n + 1, "of") ? 2 : 1;
  } else if (!t.is(k, "dropped") && !t.is(k, "scrapped") && !t.is(k, "abandoned") && !t.is(k, "cancelled") &&
             !t.is(k, "canceled") && !t.is(k, "shelved")) {
    return false;
  }
  return t.is(n, "its") || t.is(n, "the") || t.is(n, "their");
}

// "has kept up the supplies", "continues deliveries": a cue at k that tells the deal's supplies as going on.
bool kept_up_at(const LexedText& t, std::size_t k) {
  if ((t.is(k, "kept") || t.is(k, "keeps")) && t.is(k + 1, "up")) return true;
  bool goes_on =
      t.is(k, "continues") || t.is(k, "continued") || t.is(k, "maintained") || t.is(k, "maintains");
  std::size_t n = t.is(k + 1, "the") || t.is(k + 1, "its") ? k + 2 : k + 1;
  return goes_on && (t.is(n, "supplies") || t.is(n, "deliveries") || t.is(n, "shipments"));
}

}  // namespace

void fate_told_later(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kOrders = 4, kNear = 1500;  // the deals told just before, within a few sentences
  if (range.e <= range.b + 2 || !t.capitalized(range.b) || t.raw(range.b).size() < 3) return;
  bool off = false, going = false;
  for (std::size_t k = range.b + 1; k < range.e && k < range.b + 4 && !off; ++k) {
    off = called_off_at(t, k);
    going |= kept_up_at(t, k);
  }
  if (!off && !going) return;
  std::string_view name = t.raw(range.b);
  Deal* best = nullptr;
  std::size_t gap = std::string::npos;
  for (std::size_t n = 0; n < deals->size() && n < kOrders; ++n) {
    Deal& d = (*deals)[deals->size() - 1 - n];
    if (d.evidence.end + kNear < t.lex[range.b].start) break;
    std::size_t at = d.evidence.text.find(name), item = d.evidence.text.find(d.item);
    if (at == std::string::npos) continue;
    std::size_t g = item != std::string::npos && item > at ? item - at : std::string::npos - 1;
    if (g < gap) best = &d, gap = g;
  }
  if (!best) return;
  if (going && best->status != "signed") return;
  best->status = off ? "cancelled" : "in_progress";
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  best->evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

}  // namespace entente
