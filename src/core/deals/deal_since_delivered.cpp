// Orders completed by a later "have since been delivered" (see deal_since_delivered.h).
#include "deal_since_delivered.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

constexpr std::size_t kNear = 400;  // bytes: the order is told in the sentence or two before

// "have since been delivered", "has since been handed over", "had since been received" at k ("since").
bool since_cue(const LexedText& t, LexRange range, std::size_t k) {
  if (k <= range.b || !t.is(k + 1, "been")) return false;
  if (!t.is(k - 1, "have") && !t.is(k - 1, "has") && !t.is(k - 1, "had")) return false;
  std::size_t v = k + 2;
  return t.is(v, "delivered") || t.is(v, "received") || (t.is(v, "handed") && t.is(v + 1, "over"));
}

bool said_delivered(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k + 2 < range.e; ++k) {
    if (t.is(k, "not") || t.is(k, "yet") || t.is(k, "none")) return false;  // "none have since been"
    if (t.is(k, "since") && since_cue(t, range, k)) return true;
  }
  return false;
}

bool completable(const Deal& d) {
  return !d.aggregate && d.kind != "exercise"sv && (d.status == "signed"sv || d.status == "in_progress"sv);
}

}  // namespace

void since_delivered(const LexedText& t, LexRange range, std::size_t first_new, std::vector<Deal>* deals) {
  if (deals->empty() || range.e <= range.b || !said_delivered(t, range)) return;
  if (first_new < deals->size())
    return;  // "bought 40 wagons, which have since been delivered": its own status
  Deal& d = deals->back();
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  if (!completable(d) || d.evidence.end + kNear < b) return;
  d.status = "completed";
  d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

}  // namespace entente
