// What a sentence tells of the deals told before it: arrivals, work under way, a facility's state, a fate, a
// delivery since, a year told next, a revised price (the rules are in their own units).
#include "deal_later_news.h"

#include "deal_facility_state.h"
#include "deal_first_arrivals.h"
#include "deal_followup.h"
#include "deal_goods_delivered.h"
#include "deal_revision.h"
#include "deal_said_date.h"
#include "deal_since_delivered.h"
#include "deal_work_news.h"
#include "deal_year_told_next.h"

namespace entente {

// A sentence with no deal trigger: what it tells of the deals told before it.
void untriggered_news(const LexedText& t, const DocMentions& m, LexRange range, std::uint32_t start,
                      std::vector<Deal>* deals) {
  first_units_arrived(t, range, deals);              // "The first ten tanks were unloaded"
  work_begun(t, range, deals);                       // "Work on the line is under way"
  facility_state_told(t, range, deals);              // "The terminal opened in 2021"
  fate_told_later(t, range, deals);                  // "BYD withdrew from its project"
  since_delivered(t, range, deals->size(), deals);   // "Both have since been delivered"
  first_goods_arrived(t, range, deals);              // "The first ferry was handed over"
  year_told_next(t, m.dates, range, deals);          // "The purchase was made in 2024."
  revise_previous(t, m.money, range, start, deals);  // "the price falls to $760 million"
}

namespace {

// A sentence whose triggers made no deal: what it tells of a deal told before ("The contract has been
// revised: the price rises to $1.25bn"), by the first of these rules that adds a deal.
void earlier_deal_news(const LexedText& t, const DocMentions& m, LexRange range, std::uint32_t start,
                       std::vector<Deal>* deals) {
  const std::size_t first_new = deals->size();
  revise_previous(t, m.money, range, start, deals);
  if (first_new == deals->size()) first_units_arrived(t, range, deals);
  if (first_new == deals->size()) work_begun(t, range, deals);
  if (first_new == deals->size()) facility_state_told(t, range, deals);
  if (first_new == deals->size()) fate_told_later(t, range, deals);
}

}  // namespace

// What a sentence tells of the deals before it once its own deals (from first_new) are in.
void later_news(const FillContext& f, LexRange range, std::uint32_t start, std::size_t first_new,
                std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  std::vector<Deal>& deals = *out;
  if (first_new == deals.size()) earlier_deal_news(t, f.m, range, start, &deals);
  since_delivered(t, range, first_new, &deals);  // "bought 40 wagons, which have since been delivered"
  if (first_new == deals.size()) goods_delivered_told(f, range, &deals);  // "The coaches were delivered"
  if (first_new == deals.size()) first_goods_arrived(t, range, &deals);
  if (first_new == deals.size()) year_told_next(t, f.m.dates, range, &deals);
  undate_said_proposals(f, range, first_new, &deals);  // "said on Tuesday that a proposed pipeline"
}

}  // namespace entente
