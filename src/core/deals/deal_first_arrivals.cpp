// The first goods of an order told as arrived (see deal_first_arrivals.h).
#include "deal_first_arrivals.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "deal_future_handover.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

constexpr std::size_t kNear = 400;  // bytes: the order is told in the sentence or two before
constexpr std::size_t kStem = 4;    // shortest stem shared by "ferry" and "ferries"

// The lexeme of "the" in "The first ..." opening the sentence or in ", and the first ..." (a clause joined
// to a follow-up: "The agreement provides for ..., and the first deliveries have taken place"), or npos.
std::size_t first_at(const LexedText& t, LexRange range) {
  if (t.is(range.b, "the") && t.is(range.b + 1, "first")) return range.b;
  for (std::size_t k = range.b + 2; k + 1 < range.e; ++k)
    if (t.is(k, "the") && t.is(k + 1, "first") && t.is(k - 1, "and") && t.is(k - 2, ",")) return k;
  return std::string::npos;
}

// The goods word after "The first" (and a count), or npos.
std::size_t goods_at(const LexedText& t, LexRange range) {
  std::size_t k = first_at(t, range);
  if (k == std::string::npos) return k;
  k += 2;
  while (k < range.e && (t.lex[k].kind == LexKind::Number || in_words(t.low(k), {"two", "three", "four"})))
    ++k;
  return k < range.e && t.lex[k].kind == LexKind::Word ? k : std::string::npos;
}

bool arrived_in(const LexedText& t, LexRange range) {
  bool arrived = false;
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "not" || w == "yet" || w == "never") return false;
    arrived |= in_words(w, {"arrived", "delivered", "unloaded", "landed"}) ||
               (w == "handed" && t.is(k + 1, "over")) ||
               ((w == "began" || w == "started") && (t.is(k + 1, "flowing") || t.is(k + 1, "arriving"))) ||
               (w == "taken" && t.is(k + 1, "place"));  // "the first deliveries have taken place"
  }
  return arrived;
}

// "shipments" names any goods; "ferry" names goods of a deal told with "ferries".
bool goods_of(std::string_view w, const Deal& d) {
  if (in_words(w, {"shipment", "shipments", "delivery", "deliveries", "cargo", "cargoes", "batch",
                   "consignment", "consignments", "units", "lot", "tranche"}))
    return true;
  if (w.size() < kStem + 1) return false;
  std::size_t n = w.size() - (w.back() == 's' ? 3 : 1);
  std::string stem(w.substr(0, n < kStem ? kStem : n));
  std::string text = d.evidence.text;
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text.find(stem) != std::string::npos;
}

}  // namespace

void first_goods_arrived(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  if (deals->empty() || range.e <= range.b) return;
  std::size_t g = goods_at(t, range);
  if (g == std::string::npos || !arrived_in(t, range) || handover_to_come(t, range)) return;
  Deal& d = deals->back();
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  bool kind = d.kind == "purchase"sv || d.kind == "supply"sv || d.kind == "agreement"sv;
  if (!kind || d.aggregate || d.status != "signed"sv || d.evidence.end + kNear < b || !goods_of(t.low(g), d))
    return;
  d.status = "in_progress";
  if (!d.evidence_extra.empty() && d.evidence_extra.back().start == b) return;  // folded there already
  d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

}  // namespace entente
