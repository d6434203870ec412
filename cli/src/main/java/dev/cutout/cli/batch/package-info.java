/**
 * {@code ./cutout batch}: a folder of photos through a gateway ({@code --server}), straight onto the queue
 * ({@code --broker}) or the engine in this process, with a resumable manifest in the output folder.
 */
package dev.cutout.cli.batch;
