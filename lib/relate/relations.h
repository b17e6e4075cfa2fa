// Relation extraction: supplies, produces, uses, funds and sanctions, sentence by sentence, each with
// its evidence (quote, offsets, date, modality, attribution) and, for supplies, the items,
// quantity and mode the sentence states.
//
// The rules are those of a clause grammar without a parser:
//  - a trigger (supply, receive, use, produce or fund verb; supply, purchase or order noun) opens a
//    relation; actors are the recognised states, firms and organisations of its clause;
//  - each actor's role comes from the preposition before it: recipient (aan, an, to),
//    source (uit, aus, from), agent of a passive (door, von, by), or none;
//  - the subject is the bare actor before the verb, or right after it when a Dutch or German
//    main clause puts something else first (verb second: "Sinds 2022 levert Peking Moskou
//    …"); the next bare actor is the indirect object (double object);
//  - purchase and order nouns name the buyer as the recipient; an order is planned, and
//    when won or received its subject is the seller ("Rheinmetall won an order from Hungary");
//  - a verb right after a preposition has for subject the object of the verb before it
//    ("Ukraine accused Iran of supplying drones to Russia" → Iran supplies Russia);
//  - a sanction verb names who sanctions (subject, or agent of a passive) and whom (object);
//    a sanction noun ("sanctions on", "Sanktionen gegen", "sancties tegen", "arms embargo")
//    is imposed by a state adjective, possessive or hyphenated name before it, an agent, or the
//    subject of the verb that imposes it; lifted sanctions name none;
//  - receive verbs turn round ("Rusland koopt drones van Iran" → Iran supplies Russia),
//    as do use verbs with an origin ("… gebruikt Shahed-drones uit Iran");
//  - actors named as the source of a claim ("volgens de VS", "laut Kyiv Independent",
//    "schrijft de Wall Street Journal") are the evidence's attribution, not parties;
//  - modality from cue words scoped to the clause: denied > negated > planned > alleged >
//    asserted;
//  - a supply whose clause names one end and, by a definite noun phrase or a name, what it
//    supplies takes the other end from the nearest earlier supply of the same thing ("The first
//    Patriot systems have arrived in Ukraine. The batteries were delivered by Germany");
//  - a denial or a plan that names the parties and not the direction ("Moscow and Pyongyang
//    deny the arms trade", "Russia and India signed a contract on the delivery") denies or
//    plans the supplies between them the document reports, and makes none.
#ifndef ACTORGRAPH_RELATE_RELATIONS_H_
#define ACTORGRAPH_RELATE_RELATIONS_H_

#include <span>
#include <vector>

#include "actorgraph/records.h"
#include "recognise/recogniser.h"
#include "relate/relation_lexicon.h"
#include "resolve/resolver.h"

namespace actorgraph::detail {

std::vector<Relation> extract_relations(const Knowledge& kb, const RelationLexicon& rl, std::string_view text,
                                        std::span<const SentenceWords> sentences, const ResolvedDoc& doc,
                                        const std::vector<Evidence>& evidence);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RELATE_RELATIONS_H_
