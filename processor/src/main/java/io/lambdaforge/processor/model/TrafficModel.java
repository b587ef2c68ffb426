package io.lambdaforge.processor.model;

/**
 * Expected traffic, from {@code @Traffic}; zero invocations means unknown.
 *
 * @param invocationsPerMonth expected invocations per month
 * @param averageDurationMs expected average billed duration in ms
 * @param averageRequestBytes average request size in bytes
 * @param averageResponseBytes average response size in bytes
 */
public record TrafficModel(
    long invocationsPerMonth,
    long averageDurationMs,
    long averageRequestBytes,
    long averageResponseBytes) {}
