export { freePort } from "@agentdraft/server/testing";
