// Delivery stages of an order told beside it in its sentence, which its status follows, and whether an
// exercise is told as held or still to be held.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// "delivered the first Gripen E, part of a 36-jet order", "the two remaining squadrons, part of a deal": an
// order whose first units another clause tells as handed over, or whose remaining units are awaited, is
// under way (1); "ordered six submarines and took the last of them": done (2); else 0.
int units_delivered(const LexedText& t, const DealDraft& d);

// "The first cargoes under a short-term deal were delivered": true when the first units of the deal are
// told before its trigger, so deliveries have begun, not ended.
bool first_under(const LexedText& t, const DealDraft& d);

// "Talks on a free trade agreement, launched in 2006, collapsed years ago": true when the sentence opens on
// the talks and tells them as failed (collapsed, failed, foundered, stalled, broke down; not "never failed"),
// and not as resumed ("stalled since 2022, will resume in June").
bool talks_failed(const LexedText& t, const DealDraft& d);

// "The first batch of the guns has arrived under a contract signed last year": true when a word of arrival
// or handover stands before the trigger in its sentence (the units told there have come).
bool first_arrived(const LexedText& t, const DealDraft& d);

// "ordered 17 carriers in 2020, the first of which was handed over last year": true when, after the item, the
// deal's first units are told as handed over in the passive, so deliveries have begun, not ended.
bool first_handed_after(const LexedText& t, const DealDraft& d);

// The fate of an order told in a later clause of its sentence, after its item: "deliveries, which began in
// 2021, are continuing" (1, under way); "bought in 2013 and commissioned in 2017", "they were later
// transferred", "completing an order" (2, done); "that project was later shelved" (3, cancelled); else 0.
// Not the first units ("the first were delivered") nor a fate still to come ("will be delivered").
int fate_after(const LexedText& t, const DealDraft& d);

// "approved the sale of 31 drones ..., and the contract was signed in October": true when a later clause of
// the sentence, after "and", tells the deal's own contract (a definite agreement noun) as signed.
bool signed_after(const LexedText& t, const DealDraft& d);

// "The agreement was signed in Washington in December 2023 and approved by the Finnish parliament": true
// when the deal's clause, or an aside after it, tells it as signed before "and" an approval or ratification.
bool signed_then_approved(const LexedText& t, const DealDraft& d);

// "pushed the first delivery back to 2027", "the first batch, postponed to next year": true when the deal's
// first units are told as put off, so deliveries have not begun.
bool delivery_put_off(const LexedText& t, const DealDraft& d);

// "concluded Pacific Shield, a joint exercise", "wrapped up the drill": an exercise brought to its end in
// the clause, which is held (completed), not an agreement concluded.
bool exercise_ended(const LexedText& t, const DealDraft& d);

// "agreed to hold the next round of the exercise": an exercise still to be held.
bool to_hold(const LexedText& t, const DealDraft& d);

// "the talks follow their first joint air exercise, which was held in April": a relative clause after the
// exercise says it was held, whatever the clause before it is about.
bool held_after(const LexedText& t, const DealDraft& d);

// "lent Kenya $3.2 billion to build the line from Mombasa to Nairobi, which opened in May 2017": a relative
// clause in the deal's clauses that tells the thing it pays for or builds as opened, completed, inaugurated
// or commissioned, or a sale as closed ("bought 13 plants for $6.2 billion, a sale that closed in 2024").
bool opened_after(const LexedText& t, const DealDraft& d);

// "made before the European regulator had approved the vaccine": an approval cue at k in a clause opened by
// "before" or "until" (at most five words back, no punctuation between) tells of another act, not the
// deal's stage.
bool approval_elsewhere(const LexedText& t, std::size_t k);

// A status cue at k (its phrase ending at `end`) about something other than the deal's own goods: "it had
// received a Chinese offer to supply 120 buses" (an offer, proposal or bid received: a deal proposed), "on
// top of the eleven H145Ms it has already received" (units had before, told beside the deal).
bool other_units_cue(const LexedText& t, std::size_t k, std::size_t end);

// "never bought the 20 jets that Beijing offered", "did not buy the trains": a deal verb told as not done in
// the past (its trigger right after "never", "did not" or "didn't") is a deal that fell through.
bool declined(const LexedText& t, const DealDraft& d);

// "will supply radars under a contract estimated at $650 million", "Under the second agreement, the firm
// will acquire a stake": true when the deal's sentence names a contract or agreement it is done under, told
// as already there (not "proposed" or "draft", nor "to be signed" or "being negotiated").
bool done_under_instrument(const LexedText& t, const DealDraft& d);

}  // namespace entente
