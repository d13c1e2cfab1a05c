import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-shell',
  imports: [],
  templateUrl: './portal-shell.html',
  styleUrl: './portal-shell.css'
})
export class PortalShell {}
