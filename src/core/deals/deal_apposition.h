// How the deals found in one sentence relate to each other: a later trigger that restates, frames or
// describes the deal before it ("..., a deal New Delhi has sought since 2023", "under a £4 billion contract
// signed in 2023", ", which would supply ...") is no deal of its own; a coordinated clause with a subject of
// its own is. Used by sentence_drafts() (deal_sentence.h).
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when an amount (a money mention's lexeme) lies in lexemes [b, e).
bool money_between(const TriggerScan& s, std::size_t b, std::size_t e);

// "an $8 billion loan": the first lexeme of an amount right before the trigger noun at k, else 0.
std::size_t priced_noun(const TriggerScan& s, std::size_t k);

// "Under a deal approved in 2016, Egypt will build a highway": d is a bare, unpriced "deal", "agreement",
// "contract", "accord" or "pact" with nothing of its own, which frames another deal of the sentence.
bool bare_agreement(const TriggerScan& s, const DealDraft& d);

// "signed a contract for 40 buses, the second contract under a framework deal signed in May": d, an
// agreement noun after ", the" that begins its clause without a verb of its own, or a priced "in a deal
// worth ..." or ", a package worth ...", restates `prev`; so does an apposed noun valued in its own clause
// (", a purchase the ministry valued at 2.2 billion crowns") and a letter of intent the deal converts.
bool restates(const TriggerScan& s, const DealDraft& prev, const DealDraft& d);

// "Qatar, which has bought 36 of the planes": the entity the relative clause at `which` is about, or an
// empty range.
LexRange antecedent(const TriggerScan& s, std::size_t which);

// ", which would supply up to 5 million tonnes a year": d's clause is a relative clause about the deal
// before it (not about a country or firm named just before it).
bool relative_clause(const TriggerScan& s, const DealDraft& d);

// "..., while Korea committed $300m to Uzbekistan for a hospitals project": d's clause is joined by a
// conjunction and has a subject and verb of its own, so it tells a deal of its own.
bool coordinated(const LexedText& t, const DealDraft& d);

// "..., and Egypt has bought wheat": d's clause is coordinated and its subject is a country.
bool own_subject(const TriggerScan& s, const DealDraft& d);

// "Poland's purchase of CAMM missiles, under a £4 billion contract signed in 2023, ...": d, an agreement
// noun up to six lexemes after "under", is what the deal `prev` is made under.
bool under_frame(const TriggerScan& s, const DealDraft& prev, const DealDraft& d);

}  // namespace entente
