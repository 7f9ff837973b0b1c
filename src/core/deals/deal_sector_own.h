// Agreements of a subject of their own: "the Évian accords", "the Algiers declaration on a renewed
// partnership", "a roadmap on critical raw materials", "an agreement on a marine pollution initiative", "a
// letter of intent on ocean dialogue", "a social security agreement". In an article that covers many
// sectors over decades (an encyclopedic "X-Y relations" entry), such agreements keep sector other rather than
// the story's most common sector.
#pragma once

#include <string>

namespace entente {

// True when `item` names an accord or declaration, or a field of its own: raw materials, the environment
// (pollution, climate, oceans), science, culture, social security, vocational training, visas or justice.
bool own_subject_item(const std::string& item);

}  // namespace entente
