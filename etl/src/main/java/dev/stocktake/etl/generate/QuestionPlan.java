package dev.stocktake.etl.generate;

import dev.stocktake.schema.ChoiceList;
import dev.stocktake.schema.Question;
import dev.stocktake.schema.lineage.CodeMapping;
import java.util.List;

/**
 * What the generator needs to answer one question of one round: the question, its codes, the key
 * that stays the same across versions (so a panel respondent's answers persist), and for ordered
 * questions the scale of the first round and how it maps onto this round's codes; and whether it
 * asks the respondent's region (answered from the roster, not drawn). {@code stable} is the
 * question's id in the newest schema, from which {@code key} is made.
 */
record QuestionPlan(
    Question question,
    String stable,
    List<String> codes,
    long key,
    ChoiceList originScale,
    CodeMapping fromOrigin,
    double progress,
    double[] weights,
    boolean answersRegion) {}
