/**
 * The library generated Java clients are built on: {@link dev.flowdef.client.FlowClientTransport} speaks Genkit's
 * protocol over {@code java.net.http}, and every client, whichever package or service it was generated for, fails
 * with the same {@link dev.flowdef.client.FlowClientException}.
 */
package dev.flowdef.client;
