// Financing told as signed: "Berlin and Nairobi signed the first phase's financing", "signed the financing
// for the port": the bare noun "financing" is the object of a signing verb, a loan though no amount is told.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the noun "financing" at lexeme b is the object of a signing verb ("signed", "inked",
// "concluded", "sealed") at most a few words before it, with no punctuation, verb or clause word between.
bool signed_financing(const TriggerScan& s, std::size_t b);

}  // namespace entente
