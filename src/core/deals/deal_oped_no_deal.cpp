// Op-ed rhetoric, rulings and advice that look like deals (see deal_oped_no_deal.h).
#include "deal_oped_no_deal.h"

#include "deal_court_order.h"
#include "deal_dispute_subject.h"
#include "deal_ever_told.h"
#include "deal_habitual_purchase.h"
#include "deal_listed_advice.h"
#include "deal_no_new_deal.h"
#include "deal_rhetorical_offer.h"
#include "deal_told_plural.h"
#include "deal_way_of_selling.h"

namespace entente {

bool oped_no_deal(const LexedText& t, LexRange sentence, LexRange c, std::size_t b) {
  return rhetorical_offer(t, sentence, b) || court_ordered(t, c, b) || dispute_subject(t, sentence, b) ||
         listed_advice(t, sentence) || told_plural(t, c, b) || ever_told(t, sentence, b) ||
         habitual_purchase(t, c, b) || way_of_selling(t, b) || no_new_deal(t, sentence, b);
}

}  // namespace entente
