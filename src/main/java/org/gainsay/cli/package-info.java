/**
 * The command line ({@code java -jar target/gainsay.jar}): {@code analyze} reads .txt or .jsonl articles and writes a
 * text or JSON report ({@link org.gainsay.cli.ReportJson} documents the JSON); {@code eval} measures quality on the
 * public data sets. Thin: everything it does goes through the {@link org.gainsay.Gainsay} facade.
 */
package org.gainsay.cli;
