// The later state of a signed deal told after it in its sentence (see deal_later_state.h).
#include "deal_later_state.h"

#include <algorithm>
#include <string_view>

namespace entente {
namespace {

// ", handed over in 2020 and 2021", ", delivered last year": a handover participle opening an aside, with
// the time it happened. Not ", delivered by 2028" (a deadline) nor ", delivered through the pipeline" (a
// route).
bool handed_aside(const LexedText& t, std::size_t k) {
  if (!t.is(k - 1, ",")) return false;
  std::size_t n = k + 1;
  if (t.is(k, "handed") && t.is(n, "over"))
    ++n;
  else if (!in_words(t.low(k), {"delivered", "commissioned", "inducted"}))
    return false;
  return in_words(t.low(n), {"in", "last", "between", "during", "on"});
}

// "are already in service", "were seen in service in 2022", "is now in service"; not "not yet in service".
bool in_service(const LexedText& t, std::size_t k) {
  if (!t.is(k, "in") || !t.is(k + 1, "service")) return false;
  return in_words(t.low(k - 1), {"already", "now", "seen", "been"}) && !t.is(k - 2, "not");
}

// "began running in 2022", "started operating", "began operations", "opened to passengers": a line, plant
// or terminal working.
bool began_working(const LexedText& t, std::size_t k) {
  if (t.is(k, "opened") && t.is(k + 1, "to")) return in_words(t.low(k + 2), {"passengers", "traffic", "the"});
  if (!in_words(t.low(k), {"began", "started", "begun"})) return false;
  return in_words(t.low(k + 1), {"running", "operating", "operations", "operation"});
}

bool satellite_item(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.item.b; k < d.item.e; ++k)
    if (t.is(k, "satellite") || t.is(k, "satellites")) return true;
  return false;
}

// "construction started in 2024", "construction began last year"; not "before construction began".
bool construction_begun(const LexedText& t, std::size_t k) {
  if (!t.is(k, "construction") || t.is(k - 1, "before") || t.is(k - 1, "until")) return false;
  std::size_t v = t.is(k + 1, "has") || t.is(k + 1, "had") ? k + 2 : k + 1;
  return in_words(t.low(v), {"started", "began", "begun", "commenced"});
}

}  // namespace

int later_state(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kReach = 40;  // lexemes after the deal's phrase: its clause and an aside or two
  std::size_t from = std::max(d.item.e, d.trigger_end);
  std::size_t e = std::min(d.sentence.e, from + kReach);
  bool satellite = satellite_item(t, d);
  for (std::size_t k = from + 1; k < e; ++k) {
    if (handed_aside(t, k) || in_service(t, k) || began_working(t, k)) return 2;
    bool told = in_words(t.low(k - 1), {"and", ",", "was", "were"});
    if (satellite && told && t.is(k, "launched")) return 2;  // a satellite launched is done
    if (construction_begun(t, k)) return 1;
  }
  return 0;
}

}  // namespace entente
