// The sample walkthroughs shipped in media/samples/ (copies of samples/), in the order "Open Sample
// Walkthroughs…" lists them. No imports: the editor adapter reads this at activation cost zero.
export const SAMPLE_WALKTHROUGHS = ['meta-ai-objection.md', 'linkedin-generative-ai.md', 'x-grok-training.md', 'slack-global-models.md'] as const;
