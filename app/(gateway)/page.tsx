import { LanguageGateway } from '@/components/language-gateway';

export default function GatewayPage() {
  return <LanguageGateway />;
}
