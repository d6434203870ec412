/** Records and codes both services agree on: what a job is, how it ends and why it fails. */
package dev.cutout.contract;
