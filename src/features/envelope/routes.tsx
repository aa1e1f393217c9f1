// The envelope-encryption page (/lab/envelope) registers its routes here once it exists.
export const envelopeRoutes = [] as const;
