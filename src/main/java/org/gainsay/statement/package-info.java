/**
 * The statement stage: {@link org.gainsay.statement.StatementExtractor} reads an
 * {@link org.gainsay.text.AnalyzedText} and returns {@link org.gainsay.statement.Statement}s, each attributed to a
 * {@link org.gainsay.statement.Source} (named, described, organisation, anonymous, document, or the outlet itself),
 * with its {@link org.gainsay.statement.Cue} (and the cue's {@link org.gainsay.statement.CueStance} from the
 * {@link org.gainsay.statement.CueLexicon}), channel and {@link org.gainsay.statement.QuoteType}.
 *
 * <p>How a sentence is read: every cue of the lexicon outside quotation marks (a verb, a verb with its particle, a
 * noun after a possessive, "according to", a headline colon, a closing dash and name) opens a frame with its source
 * and content; frames nested in another frame's content are dropped, and the content of one frame ends where the
 * clause of the next one begins. Each frame gives one statement, two when its content is split by the cue. A sentence
 * without a frame is a continued quote (of the last speaker, or of the speaker a colon introduced) or the outlet's
 * narration. The tagger's parts of speech are repaired locally for reading frames only (capitalized names it took for
 * verbs, participles it took for nouns); statements keep the tokens of the NLP stage.
 *
 * <p>Speakers of quotes: a quote without a speaker in its own sentence goes to the last speaker, unless a speaker named
 * after it claims it ("“A. B,” X said.", a signature line "― Jane Doe", also when the sentence detector cut the
 * line after the dash); a speaker named in the last sentence of a quote said its first sentences too.
 *
 * <p>The trained {@link org.gainsay.statement.AttributionTagger} (an averaged structured perceptron over PolNeAR train;
 * {@code models/attribution-model.bin.gz}) reads each sentence after the rules, with their reading among its features,
 * and then: drops a rule frame whose word cue it does not read as a cue; widens a rule frame's cue to the cue it reads
 * around it; ends a rule frame's content before a source and cue it reads there ("Most riders say A, although a third
 * said so") or before a cue it reads as ", adding" or "and called"; adds the cues it reads outside every rule frame,
 * with the source and content it tags nearest (a cue outside the lexicon gets stance {@code OTHER}); and gives a cue it
 * reads without a source after "and", "but", a comma or as an -ing verb the subject of the clause before. Shapes marked
 * by punctuation alone ("X: Y", "Y — X") stay the rules'.
 */
package org.gainsay.statement;
